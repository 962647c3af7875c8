import { client, http, toApiError, type Page } from './http';

/** A2/A10 QR codes of subjects: search, images, printed sheets and their log, unbinding. */
export type SubjectStatus = 'NORMAL' | 'HIDDEN' | 'LOCKED' | 'ABNORMAL';
export type QrStatus = 'BOUND' | 'UNBOUND';

export interface QrSubject {
  id: string;
  name: string;
  creditCode: string | null;
  gridId: string | null;
  gridName: string | null;
  industryId: string | null;
  industryName: string | null;
  status: SubjectStatus | null;
  qrStatus: QrStatus;
  printCount: number;
}

export interface QrSubjectFilter {
  keyword?: string;
  gridId?: string;
  industryId?: string;
  status?: string;
  qrStatus?: string;
}

export interface QrPrintLogRow {
  id: string;
  subjectId: string;
  subjectName: string | null;
  action: 'PRINT' | 'DOWNLOAD';
  copies: number;
  username: string | null;
  time: string;
}

export interface QrInfo {
  subjectId: string;
  status: QrStatus;
  url: string;
  printCount: number;
  unbindReason: string | null;
  unboundBy: string | null;
  unboundTime: string | null;
}

export interface SheetResult {
  subjects: number;
  copies: number;
  printed: { subjectId: string; status: QrStatus; printCount: number }[];
}

export const qrcodes = {
  subjects: (params: QrSubjectFilter & { pageNo: number; pageSize: number }) => http.get<Page<QrSubject>>('/safety/qrcode/subjects', params),
  print: (subjectIds: string[], copies: number) => http.post<SheetResult>('/safety/qrcode/print', { subjectIds, copies }),
  printLog: (params: { subjectId?: string; action?: string; pageNo: number; pageSize: number }) =>
    http.get<Page<QrPrintLogRow>>('/safety/qrcode/print-log', params),
  unbind: (id: string, reason: string) => http.post<QrInfo>(`/safety/subjects/${id}/qrcode/unbind`, { reason }),
  rebind: (id: string) => http.post<QrInfo>(`/safety/subjects/${id}/qrcode/rebind`, {}),
  /** The PNG with the login token (a plain <img src> would not carry it); the server logs it as a download. */
  async image(id: string, size = 240): Promise<Blob> {
    try {
      const res = await client.get<Blob>(`/safety/subjects/${id}/qrcode`, { params: { size }, responseType: 'blob' });
      return res.data;
    } catch (e) {
      throw toApiError(e);
    }
  },
};
