import rule from '../../rules/password-hashing.js';
import { packageJson } from '../helpers/snippets.js';
import { ruleTester } from '../helpers/rule-tester.js';

const EXPRESS_JWT = packageJson({ dependencies: { express: '^4', jsonwebtoken: '^9' } });
const SIGN = "const jwt = require('jsonwebtoken');\nexports.token = (u) => jwt.sign({ id: u.id }, process.env.JWT_SECRET);\n";

ruleTester(rule, {
  valid: [
    {
      name: 'sha256 of a password-reset token is not a password digest (Knguyen-dev/Blog-API)',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/hash.js': "const bcrypt = require('bcrypt');\n", 'src/tokenUtils.ts': "const hashReset = (passwordResetToken: string) => crypto.createHash('sha256').update(passwordResetToken).digest('hex');\n" },
    },
    {
      name: "node:crypto's scrypt, promisified (vladislav-shkutovich/NestJS-Todo-API)",
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/user.service.ts': "import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';\nconst scryptAsync = promisify(scrypt);\n" },
      findings: [{ file: 'src/user.service.ts', line: 1 }],
    },
    { name: 'bcrypt', files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/users.js': "const bcrypt = require('bcrypt');\nexports.hash = (p) => bcrypt.hash(p, 12);\n" } },
    {
      name: 'Devise is both authentication and hashing (one line, two signals)',
      files: { 'Gemfile': "gem 'rails'\ngem 'devise'\n", 'app/models/user.rb': 'class User < ApplicationRecord\n  devise :database_authenticatable, :registerable\nend\n' },
      findings: [{ file: 'app/models/user.rb', line: 2 }],
    },
    {
      name: 'a confirm-password check and a sentinel comparison are not plain-text password checks',
      files: {
        'package.json': EXPRESS_JWT,
        'src/token.js': SIGN,
        'src/hash.js': "const argon2 = require('argon2');\n",
        'src/form.ts': 'const ok = data.password === data.confirm_password;\n',
        'go.mod': 'module x\n',
        'users.go': 'package users\n\nfunc f() bool { return self.User.Password != common.NBRandomPassword }\n',
      },
    },
    { name: 'no authentication, no passwords', outcome: 'not-applicable', files: { 'package.json': packageJson({ dependencies: { express: '^4' } }), 'index.js': "require('express');\n" } },
    {
      name: 'bcrypt on a verification token, with no login and no password field, hashes no password (wizact/go-todo-api)',
      outcome: 'not-applicable',
      summary: /no login and no password field/,
      files: {
        'go.mod': 'module example.com/todo\n\ngo 1.22\n\nrequire golang.org/x/crypto v0.45.0\n',
        'internal/user/token.go': 'package user\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc (t *Token) Hash() ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(t.verificationToken), 14)\n}\n\nfunc (t *Token) Check(h []byte) bool {\n\treturn bcrypt.CompareHashAndPassword(h, []byte(t.verificationToken)) == nil\n}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'an HMAC-SHA1 of the password (sumancfc/blog-api-node-ts)',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/models/user.model.ts': 'userSchema.methods.encryptPassword = function (password) {\n  return crypto.createHmac("sha1", this.salt).update(password).digest("hex");\n};\n' },
      outcome: 'fail',
      findings: [{ file: 'src/models/user.model.ts', line: 2, message: /fast digest/ }],
    },
    {
      name: 'md5 of a password',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/users.js': "const crypto = require('crypto');\nconst h = crypto.createHash('md5').update(password).digest('hex');\n" },
      outcome: 'fail',
      findings: [{ file: 'src/users.js', line: 2, message: /fast digest/ }],
    },
    {
      name: 'a salted sha1 hasher in Go (zhashkevych/todo-app)',
      files: {
        'go.mod': 'module x\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.0\n\tgithub.com/golang-jwt/jwt/v5 v5.0.0\n)\n',
        'pkg/service/auth.go': 'package service\n\nimport (\n\t"crypto/sha1"\n\t"fmt"\n\t"github.com/golang-jwt/jwt/v5"\n)\n\nfunc generatePasswordHash(password string) string {\n\thash := sha1.New()\n\thash.Write([]byte(password))\n\treturn fmt.Sprintf("%x", hash.Sum([]byte(salt)))\n}\n',
      },
      outcome: 'fail',
      findings: [{ file: 'pkg/service/auth.go', line: 10, message: /fast digest/ }],
    },
    {
      name: 'plain comparison with the submitted password',
      files: { 'package.json': EXPRESS_JWT, 'src/token.js': SIGN, 'src/login.js': 'if (user.password === req.body.password) ok();\n' },
      outcome: 'fail',
      findings: [{ file: 'src/login.js', line: 1, message: /plain text/ }],
    },
    {
      name: 'HMAC-SHA512 is a fast digest, not a password KDF (ASP.NET realworld)',
      files: {
        'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
        'Api/Auth.cs': 'class Auth { void C(IServiceCollection s) { s.AddAuthentication(); } }\n',
        'Api/PasswordHasher.cs': 'public class PasswordHasher {\n  private readonly HMACSHA512 x = new(Encoding.UTF8.GetBytes("k"));\n  public byte[] Hash(string password) => x.ComputeHash(Encoding.UTF8.GetBytes(password));\n}\n',
      },
      outcome: 'fail',
      findings: [{ file: 'Api/PasswordHasher.cs', line: 2 }],
    },
  ],
});
