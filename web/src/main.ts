import 'element-plus/dist/index.css';
import './styles.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { whenSessionEnds } from './session/authorized-fetch';
import { useSession } from './session/session-store';

const app = createApp(App);
app.use(createPinia());
app.use(router);

// A session the server ended (signed out elsewhere, frozen, disabled) returns to sign-in
// with the server's reason.
whenSessionEnds((_code, message) => {
  void useSession().end(message);
  if (router.currentRoute.value.name !== 'sign-in') void router.push({ name: 'sign-in' });
});

app.mount('#app');
