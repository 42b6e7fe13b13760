import { defineRule } from '../src/engine/define-rule.js';
import { deploymentFacts } from '../src/facts/deployment.js';

export default defineRule({
  meta: {
    id: 'deploy-config',
    category: 'delivery',
    title: 'The app is deployable (config, CD or a live demo)',
    rationale: 'A live URL or a committed deploy config is the strongest proof a project works outside your laptop; reviewers click demo links first.',
    fix: 'Deploy it (Render, Fly.io, Railway, …), commit the platform config (render.yaml, fly.toml, …) and put the live URL at the top of the README.',
    level: 'warn',
    kind: 'evidence',
    weight: 4,
    stage: 7,
  },
  async check({ facts }) {
    const { config, cd, demo } = await deploymentFacts(facts);
    const parts = [config && `${config.label} (${config.file})`, cd && `a deploy step at ${cd.file}:${cd.line}`, demo && `a live URL at ${demo.file}:${demo.line}`].filter(Boolean);
    if (config?.scaffold && !cd && !demo) {
      return { outcome: 'partial', score: 0.3, summary: `Only the generated ${config.label} (${config.file}).`, findings: [{ file: config.file, message: 'The Kamal config is the Rails generator default (placeholder server 192.168.0.1).', fix: 'Point it at your server, or deploy to a platform and link the live URL in the README.' }] };
    }
    if ((config && (cd || demo)) || (cd && demo)) return { outcome: 'pass', summary: `${parts.join(', ')}.` };
    if (config || cd) {
      return { outcome: 'partial', score: 0.8, summary: `${parts[0]}; no live demo linked.`, findings: [{ message: 'Deployment is configured but the README links no live URL.', fix: 'Put the deployed URL (https://your-app.onrender.com, …) near the top of the README.' }] };
    }
    if (demo) {
      return { outcome: 'partial', score: 0.7, summary: `A live URL (${demo.url}) but no deploy config in the repository.`, findings: [{ file: demo.file, line: demo.line, message: 'The README links a deployment, but no config or CD step in the repository shows how it is deployed.', fix: 'Commit the platform config (render.yaml, fly.toml, railway.json, …) or a CD workflow.' }] };
    }
    return { outcome: 'fail', summary: 'No deploy config, CD step or live demo URL.', findings: [{ message: 'Nothing shows the app is deployed: no Procfile, fly.toml, render.yaml, railway.json, k8s/Helm/Terraform, CD job, or demo URL in the README.' }] };
  },
});
