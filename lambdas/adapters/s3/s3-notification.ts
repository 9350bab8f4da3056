/** One object named by an S3 event notification. */
export interface NotifiedObject {
  bucket: string;
  key: string;
  /** When S3 saw the object, ISO 8601. */
  eventTime: string;
}

interface S3NotificationRecord {
  eventName?: string;
  eventTime?: string;
  s3?: { bucket?: { name?: string }; object?: { key?: string } };
}

/**
 * The created objects an S3 notification (an SQS message body) names. The `s3:TestEvent` S3 sends when the
 * notification is configured names none. Keys arrive URL-encoded with `+` for spaces.
 */
export function objectsInNotification(body: string): NotifiedObject[] {
  const parsed = JSON.parse(body) as { Records?: S3NotificationRecord[]; Event?: string };
  return (parsed.Records ?? [])
    .filter((record) => record.eventName?.startsWith('ObjectCreated') && record.s3?.bucket?.name && record.s3.object?.key)
    .map((record) => ({
      bucket: record.s3!.bucket!.name!,
      key: decodeObjectKey(record.s3!.object!.key!),
      eventTime: record.eventTime ?? new Date(0).toISOString(),
    }));
}

export function decodeObjectKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}
