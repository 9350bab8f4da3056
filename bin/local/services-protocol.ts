/** What the runtime's thread and the embedded-services thread tell each other. */
export interface EmbeddedServicesOptions {
  dataDir: string;
  /** 0 picks a free port. */
  s3Port: number;
  dynamoDbPort: number;
  buckets: string[];
}

export type ServicesThreadMessage =
  | { type: 'ready'; s3Port: number; dynamoDbPort: number }
  /** s3rver's object event; `sequence` counts events, so the runtime's acknowledgement can release responses. */
  | { type: 's3-event'; sequence: number; records: unknown[] };

export type RuntimeThreadMessage = { type: 'event-taken'; sequence: number } | { type: 'close' };
