import { createApp } from 'vue';
import 'ispine-widgets'; // defines the three elements
import type {} from 'ispine-widgets/vue'; // their props and events in templates
import { setBaseUrl } from 'ispine-widgets/config';
import App from './App.vue';

// Where the checker's frame and the ZIP data are served from, when not the clinic's host.
const baseUrl = import.meta.env.VITE_ISPINE_BASE_URL;
if (baseUrl) setBaseUrl(baseUrl);

createApp(App).mount('#app');
