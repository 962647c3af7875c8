import { http } from './http';

/** A grid the caller covers (`/api/sys/grids/mine`: every grid for a bureau-wide role), flat with parentId. */
export interface MyGrid {
  id: string | number;
  parentId?: string | number | null;
  name: string;
}

export const myGrids = () => http.get<MyGrid[]>('/sys/grids/mine');
