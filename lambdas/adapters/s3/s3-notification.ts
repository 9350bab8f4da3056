/** One object named by an S3 event notification. */
export interface NotifiedObject {
  /** `created` for ObjectCreated:*, `removed` for ObjectRemoved:* (a producer's delete, never a lifecycle expiry). */
  change: 'created' | 'removed';
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
 * The objects an S3 notification (an SQS message body) names as created or removed. The `s3:TestEvent` S3 sends
 * when the notification is configured names none. Keys arrive URL-encoded with `+` for spaces.
 */
export function objectsInNotification(body: string): NotifiedObject[] {
  const parsed = JSON.parse(body) as { Records?: S3NotificationRecord[]; Event?: string };
  return (parsed.Records ?? [])
    .filter((record) => changeOf(record.eventName) && record.s3?.bucket?.name && record.s3.object?.key)
    .map((record) => ({
      change: changeOf(record.eventName)!,
      bucket: record.s3!.bucket!.name!,
      key: decodeObjectKey(record.s3!.object!.key!),
      eventTime: record.eventTime ?? new Date(0).toISOString(),
    }));
}

function changeOf(eventName: string | undefined): NotifiedObject['change'] | null {
  if (eventName?.startsWith('ObjectCreated:')) return 'created';
  if (eventName?.startsWith('ObjectRemoved:')) return 'removed';
  return null;
}

export function decodeObjectKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}
