import { defineRule } from '../src/engine/define-rule.js';
import { judgeEvidence } from '../src/engine/judge.js';
import { gatherEvidence } from '../src/facts/evidence.js';

const JOB_DEPENDENCIES = [
  'bullmq', 'bull', 'bee-queue', 'agenda', 'pg-boss', 'graphile-worker', '@nestjs/bullmq', '@nestjs/bull', '@nestjs/schedule', 'node-cron', 'node-schedule', 'amqplib', 'kafkajs',
  'celery', 'rq', 'django-rq', 'dramatiq', 'huey', 'arq', 'taskiq', 'apscheduler', 'django-q2', 'django-celery-beat',
  'org.springframework.boot:spring-boot-starter-quartz', 'org.springframework.boot:spring-boot-starter-amqp', 'org.springframework.kafka:spring-kafka', 'org.jobrunr:jobrunr-spring-boot-3-starter',
  'github.com/hibiken/asynq', 'github.com/riverqueue/river', 'github.com/robfig/cron/v3', 'github.com/go-co-op/gocron/v2', 'github.com/RichardKnop/machinery/v2', 'github.com/RichardKnop/machinery',
  'laravel/horizon', 'symfony/messenger', 'Hangfire.AspNetCore', 'Hangfire.Core', 'Quartz.Extensions.Hosting', 'MassTransit', 'sidekiq', 'good_job', 'resque', 'delayed_job_active_record', 'sidekiq-cron',
];

export default defineRule({
  meta: {
    id: 'background-jobs',
    category: 'operations',
    title: 'Slow work runs in background jobs',
    rationale: 'Emails, reports and webhooks belong in a queue, not in the request; a job queue with a worker shows you can design beyond request/response.',
    fix: 'Move slow work to a job queue with a worker: BullMQ, Celery/RQ, Spring @Scheduled/@Async or Quartz, asynq, Laravel queued jobs, Hangfire/BackgroundService, Sidekiq/ActiveJob.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 7,
    presets: ['saas'],
  },
  async check({ facts }) {
    const evidence = await gatherEvidence(facts, { signals: ['jobs'], dependencies: JOB_DEPENDENCIES });
    // Laravel's generated jobs table and Rails' ApplicationJob alone are scaffold (signals §1.5); neither is a signal here.
    return judgeEvidence(evidence, { what: 'a background job or scheduler', fix: 'Define a job, enqueue it from the app, and run a worker.', label: () => 'Background job, queue or scheduler' });
  },
});
