import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { load as parseYaml } from 'js-yaml';
import { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { ENV_VARIABLES, EnvVariable } from './env-variables';

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: Tree, overlay: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    // An empty section (`auth:` with every entry commented out) leaves the defaults alone.
    if (value === null || value === undefined) continue;
    out[key] = isTree(value) && isTree(out[key]) ? merge(out[key] as Tree, value) : value;
  }
  return out;
}

function readYaml(file: string): Tree {
  if (!existsSync(file)) return {};
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  if (parsed === undefined || parsed === null) return {};
  if (!isTree(parsed)) throw new ConfigError([`${file} must hold a mapping of settings`]);
  return parsed;
}

function parseEnvValue(name: string, spec: EnvVariable, raw: string): unknown {
  const text = raw.trim();
  switch (spec.kind) {
    case 'int':
      if (!/^-?\d+$/.test(text))
        throw new ConfigError([`${spec.path} (${name}) must be a whole number`]);
      return Number(text);
    case 'boolean':
      if (/^(true|1|yes|on)$/i.test(text)) return true;
      if (/^(false|0|no|off)$/i.test(text)) return false;
      throw new ConfigError([`${spec.path} (${name}) must be true or false`]);
    case 'list':
      return text === ''
        ? []
        : text
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean);
    default:
      return raw;
  }
}

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (!isTree(node[key])) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys[keys.length - 1]] = value;
}

function envNameFor(path: string): string | undefined {
  return Object.entries(ENV_VARIABLES).find(([, spec]) => spec.path === path)?.[0];
}

const SECRET_LOOKING = /secret|password|url|token|key/i;

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.children?.length) return describe(error.children, path);
    const envName = envNameFor(path);
    const label = envName ? `${path} (${envName})` : path;
    const constraints = error.constraints ?? {};
    if (constraints.whitelistValidation) {
      // An unknown key may be a misspelt secret: never echo its value.
      return [`${path}: unknown setting; check its spelling against config/default.yaml`];
    }
    // A whole section given as text may hold a connection string with its password.
    const secret =
      (envName && ENV_VARIABLES[envName].secret) ||
      SECRET_LOOKING.test(path) ||
      typeof error.value === 'object' ||
      constraints.nestedValidation !== undefined;
    const shown = secret ? '' : ` (got ${JSON.stringify(error.value)})`;
    return Object.values(constraints).map(
      (message) => `${label}: ${message.replace(error.property, 'value')}${shown}`,
    );
  });
}

/** Checks that only production refuses; elsewhere the system starts with safe fallbacks. */
function productionProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  if (config.auth.jwtSecret.length < 32) {
    problems.push(
      'auth.jwtSecret (JWT_SECRET): must be set to at least 32 characters in production',
    );
  }
  return problems;
}

/** The Aliyun gateway cannot send without its keys and signature: say so at start, not per SMS. */
function smsProblems(config: AppConfig): string[] {
  if (config.sms.provider !== 'aliyun') return [];
  const required: [string, string][] = [
    ['sms.aliyun.accessKeyId (SMS_ALIYUN_ACCESS_KEY_ID)', config.sms.aliyun.accessKeyId],
    [
      'sms.aliyun.accessKeySecret (SMS_ALIYUN_ACCESS_KEY_SECRET)',
      config.sms.aliyun.accessKeySecret,
    ],
    ['sms.signName (SMS_SIGN_NAME)', config.sms.signName],
  ];
  return required
    .filter(([, value]) => !value.trim())
    .map(([label]) => `${label}: must be set when sms.provider (SMS_PROVIDER) is aliyun`);
}

/**
 * Reads config/default.yaml, then config/<NODE_ENV>.yaml, then the environment variables,
 * and validates the result. Throws ConfigError naming each bad setting.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dir = resolve(env.CONFIG_DIR ?? join(process.cwd(), 'config'));
  const nodeEnv = env.NODE_ENV ?? 'development';
  let tree = readYaml(join(dir, 'default.yaml'));
  if (Object.keys(tree).length === 0) {
    throw new ConfigError([`no settings found in ${join(dir, 'default.yaml')} (set CONFIG_DIR)`]);
  }
  tree = merge(tree, readYaml(join(dir, `${nodeEnv}.yaml`)));

  const problems: string[] = [];
  for (const [name, spec] of Object.entries(ENV_VARIABLES)) {
    const raw = env[name];
    if (raw === undefined) continue;
    try {
      setPath(tree, spec.path, parseEnvValue(name, spec, raw));
    } catch (error) {
      problems.push(...(error as ConfigError).problems);
    }
  }
  if (problems.length) throw new ConfigError(problems);

  const config = plainToInstance(AppConfig, { ...tree, env: nodeEnv });
  const errors = validateSync(config, { whitelist: true, forbidNonWhitelisted: true });
  problems.push(...describe(errors));
  if (problems.length === 0 && config.files.storage === 's3' && !config.files.s3.bucket) {
    problems.push('files.s3.bucket (FILES_S3_BUCKET): must be set when files.storage is s3');
  }
  if (problems.length === 0) problems.push(...smsProblems(config));
  if (problems.length === 0 && nodeEnv === 'production')
    problems.push(...productionProblems(config));
  if (problems.length) throw new ConfigError(problems);

  if (!config.auth.jwtSecret) {
    // Development only: tokens die with the process, and replicas would not share them.
    config.auth.jwtSecret = randomBytes(32).toString('hex');
  }
  return config;
}
