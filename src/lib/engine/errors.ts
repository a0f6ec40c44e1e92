/** An engine start failure whose message is written for the public ("its worker script could not be loaded"). */
export class EngineStartError extends Error {}
