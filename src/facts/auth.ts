import { codeScan, type SignalHit } from './code-scan.js';
import { declaredDependencies, gatherEvidence, type DeclaredDependency, type Evidence } from './evidence.js';
import type { Facts } from './facts.js';
import { filesWithLine } from './content-pass.js';
import { PASSWORD_FIELD } from './line-detectors.js';
import { isTestPath } from './path-roles.js';

/** Authentication libraries by manifest name (signals §9.2): medium evidence until code uses them. */
export const AUTH_DEPENDENCIES = new Set([
  'jsonwebtoken', 'passport', 'passport-jwt', 'passport-local', '@nestjs/passport', '@nestjs/jwt', 'jose', 'express-jwt', '@fastify/jwt', 'express-session', 'next-auth', '@auth/core', 'better-auth', 'firebase-admin',
  'djangorestframework-simplejwt', 'dj-rest-auth', 'django-allauth', 'djoser', 'django-rest-knox', 'pyjwt', 'python-jose', 'fastapi-users', 'flask-login', 'flask-jwt-extended', 'authlib', 'flask-httpauth',
  'org.springframework.boot:spring-boot-starter-security', 'org.springframework.boot:spring-boot-starter-oauth2-resource-server', 'io.jsonwebtoken:jjwt-api', 'io.jsonwebtoken:jjwt', 'com.auth0:java-jwt',
  'github.com/golang-jwt/jwt/v5', 'github.com/golang-jwt/jwt/v4', 'github.com/golang-jwt/jwt', 'github.com/dgrijalva/jwt-go', 'github.com/appleboy/gin-jwt/v2', 'github.com/labstack/echo-jwt/v4', 'github.com/go-chi/jwtauth/v5', 'github.com/gofiber/contrib/jwt',
  'laravel/sanctum', 'laravel/passport', 'laravel/breeze', 'laravel/fortify', 'tymon/jwt-auth', 'php-open-source-saver/jwt-auth', 'firebase/php-jwt', 'lexik/jwt-authentication-bundle', 'symfony/security-bundle',
  'Microsoft.AspNetCore.Authentication.JwtBearer', 'Microsoft.AspNetCore.Identity.EntityFrameworkCore', 'System.IdentityModel.Tokens.Jwt',
  'devise', 'devise-jwt', 'devise_token_auth', 'jwt', 'bcrypt', 'doorkeeper', 'omniauth', 'sorcery', 'rodauth-rails',
]);

/** Authentication evidence, shared by the auth, hashing and authorization rules. */
export interface AuthEvidence extends Evidence {
  /**
   * Spring Security configured to permit every request (`.anyRequest().permitAll()`), when its
   * configuration classes are all the authentication code there is: nobody ever authenticates.
   */
  permitsAll: SignalHit[];
  /**
   * Accounts exist (Devise, has_secure_password) but no controller requires a login: the only
   * authentication code is in the models.
   */
  accountsOnly: boolean;
}

export function authEvidence(facts: Facts): Promise<AuthEvidence> {
  return facts.derive('auth-evidence', async () => {
    const [evidence, scan] = await Promise.all([gatherEvidence(facts, { signals: ['auth'], dependencies: [...AUTH_DEPENDENCIES] }), codeScan(facts)]);
    const open = scan.hits.get('auth-open:java') ?? [];
    const only = (id: string) => evidence.used.length > 0 && evidence.used.every((u) => u.id === id);
    const permitsAll = only('auth:java-config') ? open.slice(0, 3) : [];
    if (permitsAll.length > 0) return { used: [], declared: evidence.declared, permitsAll, accountsOnly: false };
    return { ...evidence, permitsAll: [], accountsOnly: only('auth:ruby-accounts') };
  });
}

/** Whether non-test code handles a password field at all (the content pass's lines, no file read). */
export async function mentionsPasswords(facts: Facts): Promise<boolean> {
  const [grep, sources] = await Promise.all([filesWithLine(facts, PASSWORD_FIELD), facts.sourceFiles()]);
  return sources.some((s) => grep.has(s.path) && !isTestPath(s.path));
}

/** Password-hashing (KDF) libraries by manifest name. */
const KDF_DEPENDENCIES = /^(bcrypt|bcryptjs|argon2|@node-rs\/(argon2|bcrypt)|argon2-cffi|pwdlib|passlib|github\.com\/alexedwards\/argon2id|BCrypt\.Net-Next|Konscious\.Security\.Cryptography\.Argon2|org\.springframework\.security:spring-security-crypto)$/;

/** The first password-hashing library the project declares as a runtime dependency. */
export async function declaredKdf(facts: Facts): Promise<DeclaredDependency | undefined> {
  return (await declaredDependencies(facts)).find((d) => !d.dev && KDF_DEPENDENCIES.test(d.name));
}
