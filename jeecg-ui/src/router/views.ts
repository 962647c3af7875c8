import type { Component } from 'vue';

// Every page under src/views is its own chunk; menu components ("system/user/index") map onto these files.
const modules = import.meta.glob('../views/**/*.vue');

export function resolveView(component: string): (() => Promise<Component>) | undefined {
  const exact = modules[`../views/${component}.vue`];
  if (exact) return exact as () => Promise<Component>;
  const asIndex = modules[`../views/${component}/index.vue`];
  return asIndex as (() => Promise<Component>) | undefined;
}
