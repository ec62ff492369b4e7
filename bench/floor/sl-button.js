// Peer: Shoelace's button, registered as <sl-button> by its own module. Bundled like the floor.
import '@shoelace-style/shoelace/dist/components/button/button.js';
