import type { Directive } from 'vue';
import { useUserStore } from '@/stores/user';

/**
 * v-auth="'sys:user:add'" (or an array: any of them) removes the element when the user lacks the code.
 * Removal rather than hiding, so that a button cannot be revealed by editing styles.
 */
export const authDirective: Directive<HTMLElement, string | string[]> = {
  mounted(el, binding) {
    const store = useUserStore();
    if (binding.value && !store.hasPermission(binding.value)) el.parentNode?.removeChild(el);
  },
};
