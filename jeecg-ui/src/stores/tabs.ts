import { defineStore } from 'pinia';

export interface TabItem {
  path: string;
  title: string;
  affix?: boolean;
}

const HOME: TabItem = { path: '/home', title: '首页', affix: true };

export const useTabsStore = defineStore('tabs', {
  state: () => ({ tabs: [HOME] as TabItem[] }),
  actions: {
    open(tab: TabItem) {
      const existing = this.tabs.find((t) => t.path === tab.path);
      if (existing) existing.title = tab.title || existing.title;
      else this.tabs.push(tab);
    },
    /** Closes a tab and answers the path to show next when the closed one was active. */
    close(path: string): string | undefined {
      const i = this.tabs.findIndex((t) => t.path === path);
      if (i < 0 || this.tabs[i].affix) return undefined;
      this.tabs.splice(i, 1);
      return (this.tabs[i] ?? this.tabs[i - 1] ?? HOME).path;
    },
    closeOthers(path: string) {
      this.tabs = this.tabs.filter((t) => t.affix || t.path === path);
    },
    reset() {
      this.tabs = [HOME];
    },
  },
});
