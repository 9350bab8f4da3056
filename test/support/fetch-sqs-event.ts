import type { Context, SQSEvent } from 'aws-lambda';

/** An SQS event as the fetch queue delivers it: one URL per message body, message IDs `m0`, `m1`, … */
export function fetchQueueEvent(urls: string[]): SQSEvent {
  return {
    Records: urls.map((url, index) => ({
      messageId: `m${index}`,
      receiptHandle: `r${index}`,
      body: url,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:fetch',
      awsRegion: 'eu-west-1',
    })),
  };
}

export const lambdaContext = { awsRequestId: 'test', functionName: 'fetch' } as Context;
