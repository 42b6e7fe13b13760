/**
 * The secrets pre-filter: literal alternatives only (git's regex engine slows
 * down several-fold on classes and repetitions), one or more per detector in secrets.ts.
 */
export const SECRET_LITERALS = [
  'PRIVATE KEY', 'AKIA', 'ASIA', 'AIza', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', '_live_', 'xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-',
  'SG.', 'sk-proj-', 'sk-ant-', 'npm_',
  'postgres://', 'postgresql://', 'postgresql+', 'mysql://', 'mysql+', 'mariadb://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'sqlserver://',
  'jwt.sign(', 'jwt.encode(', 'JWT.encode', 'JWT.', 'Jwts.', 'signWith', 'ecret:', 'ecret :', 'ecretOrKey', 'ecretOrPrivateKey',
  'JWT_', 'SESSION_SECRET', 'SESSION_KEY', 'SECRET_KEY', 'SIGNING_', 'AUTH_SECRET', 'AUTH_KEY', 'TOKEN_SECRET', 'TOKEN_KEY', '[]byte("',
  '"Key"', '"Secret"', '"SecretKey"', '"JwtKey"', '"TokenKey"', '"JwtSecret"', '"SigningKey"', 'jwt.', 'jwt-', 'jwtSecret', 'jwtKey',
];

