import "@jiaolianti/ui-vue/style.css";
import "@jiaolianti/widgets-lit/venue-finder.js";
import { createApp } from "vue";
import App from "./App.vue";
import "./demo.css";

createApp(App).mount("#app");
