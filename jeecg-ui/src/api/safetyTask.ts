import { http } from './http';

export type Id = string | number;

/** An attachment of a task or of a completion report. */
export interface TaskFile {
  id: Id;
  name: string | null;
  contentType: string | null;
}

export interface TaskRow {
  id: Id;
  title: string;
  urgency: string;
  urgencyText: string | null;
  dueTime: string;
  createBy: string | null;
  createTime: string | null;
  assigneeCount: number;
  doneCount: number;
  overdueCount: number;
  status: 'PENDING' | 'DONE';
  overdue: boolean;
  assigneeNames: string[];
}

export interface TaskAssignee {
  userId: Id;
  realName: string | null;
  status: 'PENDING' | 'DONE';
  record: string | null;
  media: TaskFile[];
  completedTime: string | null;
  /** completed late (1) */
  overdue: number | boolean;
  /** still missing after the due time */
  lateNow: boolean;
}

export interface TaskDetail {
  id: Id;
  title: string;
  urgency: string;
  urgencyText: string | null;
  dueTime: string;
  content: string | null;
  media: TaskFile[];
  createBy: string | null;
  createTime: string | null;
  assignees: TaskAssignee[];
}

export interface TaskQuery {
  keyword?: string;
  urgency?: string;
  status?: 'PENDING' | 'DONE';
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
}

export interface TaskCreate {
  title: string;
  urgency: string;
  /** yyyy-MM-dd HH:mm:ss */
  dueTime: string;
  content: string | null;
  media: Id[];
  assigneeIds: Id[];
}

/** An inspector of a picker (dispatch, track). */
export interface Person {
  id: string;
  username: string;
  realName: string | null;
  deptId: string | null;
  deptName: string | null;
}

export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

export type CheckinType = 'ON_DUTY' | 'OFF_DUTY' | 'AT_SUBJECT' | 'OUTING';

export interface TrackPoint {
  id: Id;
  type: CheckinType | string;
  lng: number;
  lat: number;
  subjectId: Id | null;
  subjectName: string | null;
  errand: string | null;
  checkinTime: string;
}

export const tasks = {
  list: (q: TaskQuery) => http.get<TaskRow[]>('/safety/tasks', q),
  get: (id: Id) => http.get<TaskDetail>(`/safety/tasks/${id}`),
  create: (body: TaskCreate) => http.post<TaskDetail>('/safety/tasks', body),
  assignees: () => http.get<Person[]>('/safety/tasks/assignees'),
  fileUrl: (id: Id, fileId: Id) => `/safety/tasks/${id}/files/${fileId}`,
  /** The file service (multipart field "file"); answers the id to put into media. */
  upload: async (file: File): Promise<UploadedFile> => {
    const form = new FormData();
    form.append('file', file);
    return http.post<UploadedFile>('/files', form);
  },
};

export const tracks = {
  inspectors: () => http.get<Person[]>('/safety/tracks/inspectors'),
  day: (userId: Id, date: string) => http.get<TrackPoint[]>('/safety/tracks', { userId, date }),
};
