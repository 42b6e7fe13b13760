import rule from '../../rules/dockerfile-expose-port.js';
import { ruleTester } from '../helpers/rule-tester.js';

const node = (expose: string) => `FROM node:20-slim\nWORKDIR /app\nCOPY . .\n${expose}\nCMD ["node", "server.js"]\n`;
const server = { 'package.json': JSON.stringify({ name: 'x', dependencies: { express: '^4' } }), 'server.js': "const port = process.env.PORT || 3000;\nrequire('express')().listen(port);\n" };

ruleTester(rule, {
  valid: [
    { name: 'EXPOSE matches the PORT default in code', files: { ...server, Dockerfile: node('EXPOSE 3000') }, summary: /EXPOSE 3000 \(server\.js:1\)/ },
    { name: 'the port default found through git grep', git: true, files: { ...server, 'src/other.js': 'module.exports = 1;\n', Dockerfile: node('EXPOSE 3000') }, summary: /EXPOSE 3000 \(server\.js:1\)/ },
    { name: 'EXPOSE matches the port in the start command', files: { Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' } },
    { name: 'ENV PORT overrides the code default', files: { ...server, Dockerfile: node('ENV PORT=8080\nEXPOSE 8080') } },
    { name: 'the compose container port', files: { 'compose.yaml': 'services:\n  api:\n    build: .\n    ports:\n      - "80:5000"\n', Dockerfile: 'FROM python:3.12-slim\nEXPOSE 5000\nCMD ["python", "app.py"]\n' } },
    { name: 'the port cannot be determined', files: { Dockerfile: node('EXPOSE 3000'), 'server.js': 'listen(config.port)\n' }, outcome: 'not-applicable' },
    { name: 'a base image without CMD', files: { Dockerfile: 'FROM node:20\nEXPOSE 1234\n', 'package.json': '{"name":"x","version":"1.0.0"}\n', 'index.js': 'console.log(1);\n' }, outcome: 'not-applicable' },
  ],
  invalid: [
    { name: 'EXPOSE names another port', files: { ...server, Dockerfile: node('EXPOSE 8080') }, outcome: 'fail', findings: [{ file: 'Dockerfile', line: 4, message: /^EXPOSE 8080, but the app listens on 3000 \(server\.js:1\)\.$/ }] },
    {
      name: 'Spring server.port differs from EXPOSE',
      files: { 'src/main/resources/application.properties': 'server.port=8081\n', Dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nEXPOSE 8080\nENTRYPOINT ["java", "-jar", "/app.jar"]\n' },
      outcome: 'fail',
    },
    { name: 'no EXPOSE at all', files: { ...server, Dockerfile: node('') }, outcome: 'partial', score: 0.7, findings: [{ file: 'Dockerfile', message: /has no EXPOSE/ }] },
  ],
});
