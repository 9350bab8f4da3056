import * as path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../lambdas/handlers/metric-names';

/** Repository root: NodejsFunction bundles entries relative to it and hashes the lockfile found here. */
const PROJECT_ROOT = path.resolve(__dirname, '..');

/** Every Gazette metric lands in one namespace so one dashboard can show the whole pipeline. */

/** The runtime every Gazette function runs on; the bundle targets the same Node major. */
const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_22_X;
const BUNDLE_TARGET = 'node22';

/**
 * ESM bundles of CommonJS dependencies call `require` for Node built-ins; ESM has no `require`, so the bundle
 * defines one at the top.
 */
const ESM_REQUIRE_SHIM = "import { createRequire as __gazetteCreateRequire } from 'node:module'; const require = __gazetteCreateRequire(import.meta.url);";

export interface GazetteFunctionProps {
  /** Handler module, relative to the repository root, e.g. `lambdas/handlers/parse.ts`; it exports `handler`. */
  readonly entry: string;
  /** Powertools service name: the `service` key in every log line and metric dimension. */
  readonly serviceName: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  readonly environment: Record<string, string>;
  /**
   * The function runs the extraction engine: its node starts with the engine's V8 flags
   * (lambdas/extract/v8-flags.ts), through an exec wrapper bundled beside the handler.
   */
  readonly runsExtractionEngine?: boolean;
}

/** Where the engine's exec wrapper sits in the repository, and where Lambda finds it in the bundle. */
const ENGINE_FLAGS_WRAPPER = 'lambdas/handlers/engine-flags.sh';
const ENGINE_FLAGS_WRAPPER_IN_BUNDLE = '/var/task/engine-flags.sh';

/**
 * Shell commands, run after esbuild, that put the engine's exec wrapper into the bundle directory. The CDK CLI zips
 * the directory with each file's mode, and Lambda runs a wrapper only if it is executable.
 */
export function engineFlagsWrapperCommands(inputDir: string, outputDir: string): string[] {
  const target = path.join(outputDir, path.posix.basename(ENGINE_FLAGS_WRAPPER_IN_BUNDLE));
  return [`cp "${path.join(inputDir, ENGINE_FLAGS_WRAPPER)}" "${target}"`, `chmod 755 "${target}"`];
}

/**
 * Whether this machine can bundle the wrapper: Windows runs the bundling commands in cmd, which has no `cp` or
 * `chmod`, and keeps no executable bit for the zip to carry. The engine runs the same without its flags, slower.
 */
const CAN_BUNDLE_ENGINE_FLAGS = process.platform !== 'win32';

/**
 * A Gazette Lambda function: arm64, bundled by the local esbuild (never Docker), X-Ray tracing, JSON logs into
 * an explicit log group, and a role that can write only to that log group. Stage constructs add their own
 * data grants to `role`.
 */
export class GazetteFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: GazetteFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });

    // An explicit role instead of the default one, which would attach the AWSLambdaBasicExecutionRole managed
    // policy: create and write any log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: writes its own logs plus the grants of its stage`,
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    const withEngineFlags = props.runsExtractionEngine === true && CAN_BUNDLE_ENGINE_FLAGS;
    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        NODE_OPTIONS: '--enable-source-maps',
        ...(withEngineFlags ? { AWS_LAMBDA_EXEC_WRAPPER: ENGINE_FLAGS_WRAPPER_IN_BUNDLE } : {}),
      },
      bundling: {
        format: OutputFormat.ESM,
        banner: ESM_REQUIRE_SHIM,
        target: BUNDLE_TARGET,
        minify: true,
        sourceMap: true,
        // The SDK is bundled at the version pinned in package-lock.json rather than taken from the runtime, so
        // what runs in Lambda is what the tests ran against.
        externalModules: [],
        forceDockerBundling: false,
        ...(withEngineFlags
          ? { commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: engineFlagsWrapperCommands } }
          : {}),
      },
    });

    // Tracing.ACTIVE makes CDK add xray:PutTraceSegments/PutTelemetryRecords/GetSampling*; X-Ray supports no
    // resource-level permissions for them, so `*` is the only possible resource.
    // test/lib/iam.test.ts keeps this honest: no other action in the stack is allowed on "*".
    Validations.of(this.role.node.findChild('DefaultPolicy')).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Only the X-Ray trace-upload actions use Resource "*": X-Ray has no resource-level permissions.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason: `Pinned to ${FUNCTION_RUNTIME.name}, the newest runtime the handlers and their bundle target are tested on.`,
    });
  }
}
