import type { Facts } from './facts.js';
import { linkedDocumentation } from './linked-docs.js';

/** How the application is deployed, as the repository shows it (signals §17). */
export interface DeploymentFacts {
  /** A platform configuration file (Procfile, fly.toml, render.yaml, Kubernetes manifests, Kamal, …). */
  config?: PlatformConfig;
  /** A CI step that deploys. */
  cd?: { file: string; line: number };
  /** A live-demo URL in the documentation. */
  demo?: { url: string; file: string; line: number };
}

export interface PlatformConfig {
  /** The platform ("Fly.io", "Kubernetes manifests"). */
  label: string;
  file: string;
  /** The generator's default, never edited (Rails' Kamal config with its placeholder server). */
  scaffold?: boolean;
}

/** Examples, samples and tests anywhere in the tree: their deploy files are not the app's. */
const SAMPLE_OR_TEST = /(^|\/)(examples?|samples?|test|tests|fixtures?)\//i;

/** Platform configuration files (signals §17). */
const PLATFORM_FILES: [RegExp, string][] = [
  [/^procfile$/i, 'Heroku Procfile'],
  [/(^|\/)fly\.toml$/i, 'Fly.io'],
  [/(^|\/)render\.ya?ml$/i, 'Render Blueprint'],
  [/(^|\/)railway\.(json|toml)$/i, 'Railway'],
  [/(^|\/)vercel\.json$/i, 'Vercel'],
  [/(^|\/)netlify\.toml$/i, 'Netlify'],
  [/^heroku\.yml$/i, 'Heroku'],
  [/^\.do\/(app|deploy\.template)\.ya?ml$/i, 'DigitalOcean App Platform'],
  [/(^|\/)(apprunner\.ya?ml|dockerrun\.aws\.json|appspec\.ya?ml|samconfig\.toml|serverless\.ya?ml|cdk\.json|task-definition\.json)$/i, 'AWS'],
  [/^\.ebextensions\//i, 'AWS Elastic Beanstalk'],
  [/(^|\/)azure\.yaml$|\.bicep$/i, 'Azure'],
  [/(^|\/)chart\.ya?ml$/i, 'Helm chart'],
  [/(^|\/)(kustomization|skaffold)\.ya?ml$/i, 'Kubernetes (Kustomize/Skaffold)'],
  [/\.(tf|tofu)$/i, 'Terraform'],
  [/(^|\/)pulumi\.ya?ml$/i, 'Pulumi'],
  [/^capfile$|(^|\/)captain-definition$|(^|\/)nixpacks\.toml$|(^|\/)docker-stack\.ya?ml$|(^|\/)zeabur\.json$|(^|\/)koyeb\.ya?ml$/i, 'deployment config'],
];
const K8S_DIR = /(^|\/)(k8s|kubernetes|kube|manifests|deploy(ment)?s?|helm|charts|infra|\.k8s|ops)\//i;
const K8S_KIND = /^kind:\s*(Deployment|StatefulSet|Service|Ingress|CronJob|Job|DaemonSet)\b/m;
/** CI steps that ship the app: deploy actions and CLIs (signals §6.3, §17). */
const CD_ACTION = /^(superfly\/flyctl-actions|akhileshns\/heroku-deploy|amondnet\/vercel-action|azure\/(webapps-deploy|container-apps-deploy-action|k8s-deploy)|google-github-actions\/(deploy-cloudrun|deploy-appengine|get-gke-credentials)|aws-actions\/(amazon-ecs-deploy-task-definition|aws-cloudformation-github-deploy)|appleboy\/(ssh-action|scp-action)|johnbeynon\/render-deploy-action|bervProject\/railway-deploy|cloudflare\/wrangler-action|easingthemes\/ssh-deploy|burnett01\/rsync-deployments|railwayapp\/)/i;
const CD_COMMAND = /\b(fly(ctl)?\s+deploy|vercel\s+(deploy|--prod)|railway\s+up|heroku\s+(container:release|deploy)|git\s+push\s+(?:-\S+\s+)*(?:heroku\b|\S*heroku\.com)|kubectl\s+(apply|set\s+image|rollout)|helm\s+(upgrade|install)|terraform\s+apply|pulumi\s+up|gcloud\s+(run|app)\s+deploy|az\s+(webapp|containerapp)\s+(up|deploy|update)|eb\s+deploy|serverless\s+deploy|sls\s+deploy|sam\s+deploy|cdk\s+deploy|kamal\s+deploy|cap\s+\w+\s+deploy|api\.render\.com\/deploy|docker\s+stack\s+deploy|wrangler\s+(deploy|publish)|netlify\s+deploy)\b/i;
const DOCS_PIPELINE = /(^|[/_-])(docs?|pages|site|storybook|website|gh-pages)([._-]|$)/i;
const DEPLOY_JOB = /^(deploy|release|cd)([_-]|$)|[_-]deploy$/i;
/** Hosting domains of deployed demos (signals §4.7). */
const LIVE_LABEL = /\b(live|demo|deployed|production)\b( (links?|urls?|site|app|version|demo|at|here))?\**\s*[:：]|\b(live|deployed) (at|on)\b/i;
const DEMO_HOST = /https?:\/\/[\w.-]+\.(fly\.dev|onrender\.com|up\.railway\.app|railway\.app|vercel\.app|netlify\.app|herokuapp\.com|azurewebsites\.net|azurecontainerapps\.io|appspot\.com|run\.app|pages\.dev|workers\.dev|koyeb\.app|ondigitalocean\.app|amplifyapp\.com|elasticbeanstalk\.com|pythonanywhere\.com|deta\.app|zeabur\.app|glitch\.me|replit\.app)\b[^\s)"'>\]]*/i;

/** Platform config, CD step and live demo, observed once per run. */
export function deploymentFacts(facts: Facts): Promise<DeploymentFacts> {
  return facts.derive('deployment', async () => {
    const [config, cd, demo] = await Promise.all([platformConfig(facts), cdStep(facts), demoUrl(facts)]);
    return { ...(config ? { config } : {}), ...(cd ? { cd } : {}), ...(demo ? { demo } : {}) };
  });
}

/** The first platform configuration file (a generator's placeholder Kamal config is marked `scaffold`). */
export async function platformConfig(facts: Facts): Promise<PlatformConfig | undefined> {
  const files = await facts.files();
  for (const entry of files.all) {
    if (SAMPLE_OR_TEST.test(entry.path)) continue;
    const hit = PLATFORM_FILES.find(([re]) => re.test(entry.path));
    if (hit) return { label: hit[1], file: entry.path };
  }
  // app.json is Heroku's app manifest, but also Expo's config: only Heroku keys count.
  if (files.has('app.json') && /"(buildpacks|addons|formation|stack)"\s*:/.test((await facts.read('app.json', 64 * 1024))?.text ?? '')) return { label: 'Heroku app.json', file: 'app.json' };
  const appYaml = files.all.find((f) => f.base === 'app.yaml' || f.base === 'app.yml');
  if (appYaml && /^runtime:/m.test((await facts.read(appYaml.path, 64 * 1024))?.text ?? '')) return { label: 'Google App Engine', file: appYaml.path };
  for (const entry of files.all.filter((f) => /\.ya?ml$/i.test(f.base) && K8S_DIR.test(f.path)).slice(0, 200)) {
    const text = await facts.scan(entry.path, 64 * 1024);
    if (text && /^apiVersion:/m.test(text.text) && K8S_KIND.test(text.text)) return { label: 'Kubernetes manifests', file: entry.path };
  }
  const kamal = files.get('config/deploy.yml');
  if (kamal) {
    const text = (await facts.read(kamal.path, 64 * 1024))?.text ?? '';
    if (/^service:/m.test(text)) return { label: 'Kamal', file: kamal.path, scaffold: /192\.168\.0\.1/.test(text) };
  }
  return undefined;
}

/** The first CI step that ships the app (a deploy action or CLI), outside documentation pipelines. */
export async function cdStep(facts: Facts): Promise<{ file: string; line: number } | undefined> {
  for (const ci of await facts.ci()) {
    // Publishing the documentation site is not deploying the app.
    if (DOCS_PIPELINE.test(ci.path)) continue;
    const use = ci.uses.find((u) => CD_ACTION.test(u.ref) && !DOCS_PIPELINE.test(u.job));
    if (use) return { file: ci.path, line: use.line };
    const cmd = ci.commands.find((c) => !c.disabled && !DOCS_PIPELINE.test(c.job) && (CD_COMMAND.test(c.command) || (DEPLOY_JOB.test(c.job) && /\b(docker|ssh|rsync|scp|kubectl|helm|compose)\b/.test(c.command))));
    if (cmd) return { file: cmd.file, line: cmd.line };
  }
  return undefined;
}

/** The first live-demo URL in the README and the documents it links. */
export async function demoUrl(facts: Facts): Promise<{ url: string; file: string; line: number } | undefined> {
  for (const doc of await linkedDocumentation(facts)) {
    // Badges are served from workers.dev or vercel.app too; they are not the app.
    const isDemo = (url: string) => DEMO_HOST.test(url) && !/badge|shields|\.(svg|png|jpe?g|gif)(\?|$)/i.test(url);
    const text = (await facts.read(doc.path, 512 * 1024))?.text ?? '';
    const lines = text.split('\n');
    // The author's own portfolio or CV on vercel.app is not this project's deployment.
    const personal = (line: number) => /portf[oó]lio|\bcv\b|curr[ií]culo|resume|r[eé]sum[eé]/i.test(lines[line - 1] ?? '');
    for (const m of text.matchAll(new RegExp(DEMO_HOST.source, 'gi'))) {
      const line = text.slice(0, m.index).split('\n').length;
      if (isDemo(m[0]) && !personal(line)) return { url: m[0], file: doc.path, line };
    }
    // Any host, when the line says it is the live app ("**Live links**: …", "Demo: …").
    const labelled = lines.findIndex((l) => LIVE_LABEL.test(l) && /https?:\/\/(?!localhost|127\.0\.0\.1|github\.com|img\.shields)/i.test(l));
    if (labelled !== -1) {
      const url = /https?:\/\/[^\s)"'>\]]+/.exec(lines[labelled]!)![0];
      return { url, file: doc.path, line: labelled + 1 };
    }
  }
  return undefined;
}
