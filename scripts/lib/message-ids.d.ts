// Types for message-ids.js, which Node runs as plain JavaScript.
export declare const MESSAGE_ID: string;
