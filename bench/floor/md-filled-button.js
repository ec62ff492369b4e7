// Peer: Material Web's filled button, registered as <md-filled-button> by its own module.
// Bundled like the floor.
import '@material/web/button/filled-button.js';
