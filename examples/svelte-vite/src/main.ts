import { mount } from 'svelte';
import 'ispine-widgets'; // defines the three elements
import type {} from 'ispine-widgets/svelte'; // their attributes and events in markup
import { setBaseUrl } from 'ispine-widgets/config';
import App from './App.svelte';

// Where the checker's frame and the ZIP data are served from, when not the clinic's host.
const baseUrl = import.meta.env.VITE_ISPINE_BASE_URL;
if (baseUrl) setBaseUrl(baseUrl);

mount(App, { target: document.getElementById('app')! });
