import type { TrackPoint } from '@/api/safetyTask';

/** Check-in kinds: label and marker colour. */
export const CHECKIN_TYPE: Record<string, { text: string; color: string }> = {
  ON_DUTY: { text: '上班打卡', color: '#52c41a' },
  OFF_DUTY: { text: '下班打卡', color: '#8c8c8c' },
  AT_SUBJECT: { text: '到达主体', color: '#1677ff' },
  OUTING: { text: '外出', color: '#fa8c16' },
};

export function typeText(type: string): string {
  return CHECKIN_TYPE[type]?.text ?? type;
}

/** What happened at a point: the subject visited, or the errand of an outing. */
export function pointDetail(p: TrackPoint): string {
  if (p.type === 'AT_SUBJECT') return p.subjectName ?? (p.subjectId != null ? `主体#${p.subjectId}` : '');
  if (p.type === 'OUTING') return p.errand ?? '';
  return '';
}

/** hh:mm of the server's time text (ISO "2026-11-24T08:01:02" or "2026-11-24 08:01:02"). */
export function clock(t: string | null | undefined): string {
  const m = /[T ](\d{2}:\d{2})/.exec(t ?? '');
  return m ? m[1] : (t ?? '');
}

/** The points with usable coordinates, as Leaflet [lat, lng] pairs, in time order. */
export function trackLatLngs(points: TrackPoint[]): [number, number][] {
  return points
    .map((p) => [Number(p.lat), Number(p.lng)] as [number, number])
    .filter(([lat, lng]) => Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180);
}

/** The day at a glance: first on-duty, last off-duty, subjects visited, outings. */
export function daySummary(points: TrackPoint[]): string {
  if (!points.length) return '当日无打卡记录';
  const on = points.find((p) => p.type === 'ON_DUTY');
  const off = [...points].reverse().find((p) => p.type === 'OFF_DUTY');
  const subjects = new Set(points.filter((p) => p.type === 'AT_SUBJECT').map((p) => String(p.subjectId))).size;
  const outings = points.filter((p) => p.type === 'OUTING').length;
  return [
    `上班 ${on ? clock(on.checkinTime) : '未打卡'}`,
    `下班 ${off ? clock(off.checkinTime) : '未打卡'}`,
    `到达主体 ${subjects} 家`,
    `外出 ${outings} 次`,
    `共 ${points.length} 个打卡点`,
  ].join('，');
}

/** Straight-line length of the track in km (haversine), for the summary. */
export function trackKm(latlngs: [number, number][]): number {
  const R = 6371;
  let km = 0;
  for (let i = 1; i < latlngs.length; i++) {
    const [la1, lo1] = latlngs[i - 1].map((x) => (x * Math.PI) / 180);
    const [la2, lo2] = latlngs[i].map((x) => (x * Math.PI) / 180);
    const a = Math.sin((la2 - la1) / 2) ** 2 + Math.cos(la1) * Math.cos(la2) * Math.sin((lo2 - lo1) / 2) ** 2;
    km += 2 * R * Math.asin(Math.sqrt(a));
  }
  return km;
}
