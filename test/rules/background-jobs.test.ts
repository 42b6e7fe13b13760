import rule from '../../rules/background-jobs.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'BullMQ', files: { 'package.json': packageJson({ dependencies: { bullmq: '^5' } }), 'src/queue.ts': "import { Queue } from 'bullmq';\nexport const emails = new Queue('emails');\n" } },
    { name: 'Celery shared_task', files: { 'requirements.txt': 'celery\n', 'app/tasks.py': 'from celery import shared_task\n\n@shared_task\ndef send(): ...\n' } },
    { name: 'Spring @Scheduled', files: { 'pom.xml': '<project></project>\n', 'src/main/java/J.java': 'class J {\n  @Scheduled(cron = "0 0 * * * *")\n  void run() {}\n}\n' } },
    { name: 'a Laravel queued job', files: { 'composer.json': '{ "require": { "laravel/framework": "^11.0" } }\n', 'app/Jobs/SendMail.php': '<?php\nclass SendMail implements ShouldQueue {}\n' } },
  ],
  invalid: [
    {
      name: "Laravel's commented-out scheduler example is not a job",
      files: { 'composer.json': '{ "require": { "laravel/framework": "^10.0" } }\n', 'app/Console/Kernel.php': "<?php\nclass Kernel {\n    protected function schedule(Schedule $schedule): void\n    {\n        // $schedule->command('inspire')->hourly();\n    }\n}\n" },
      outcome: 'fail',
    },
    { name: 'node-cron declared only', files: { 'package.json': packageJson({ dependencies: { 'node-cron': '^3' } }), 'index.js': '1;\n' }, outcome: 'partial', score: 0.5 },
  ],
});
