import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'ant-design-vue/dist/reset.css';
import './styles.css';
import App from './App.vue';
import { createAppRouter } from './router';
import { authDirective } from './directives/auth';

const app = createApp(App);
app.use(createPinia());
app.use(createAppRouter());
app.directive('auth', authDirective);
app.mount('#app');
