// The SDK warns once per process that future releases need Node 22; the suite runs on the pinned Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// Metrics are CloudWatch EMF lines on stdout; in tests they would only bury the report.
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
