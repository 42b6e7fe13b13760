import { afterEach, describe, expect, it } from 'vitest';
import { envFacts } from '../../src/facts/env.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, type FileMap } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

/** The env var names the code reads, sorted. */
async function readNames(files: FileMap): Promise<string[]> {
  const dir = makeTempDir();
  dirs.push(dir);
  buildRepo(dir, { files });
  return [...(await envFacts(new RepositoryFacts(new WorkingTreeSource(dir)))).reads.keys()].sort();
}

describe('env reads', () => {
  it('are not reads when a sentence in a string quotes them (a fix-advice table)', async () => {
    expect(
      await readNames({
        'package.json': '{ "dependencies": { "express": "^4" } }\n',
        'src/server.js': "const port = process.env.PORT || 3000;\nconst db = process.env.DATABASE_URL;\n",
        'src/advice.js': "export const fix = (s) => `Make EXPOSE name the port the server listens on, with ENV API_PORT when the app reads process.env.API_PORT.`;\n",
      }),
    ).toEqual(['DATABASE_URL', 'PORT']);
  });

  it('are reads inside a template literal interpolation, also in a URL', async () => {
    expect(
      await readNames({
        'package.json': '{ "dependencies": { "express": "^4" } }\n',
        'src/app.ts': "const origin = dev ? `http://${process.env.DEV_DOMAIN}:${process.env.DEV_PORT}` : `https://app.${process.env.PROD_DOMAIN}`;\n",
      }),
    ).toEqual(['DEV_DOMAIN', 'DEV_PORT', 'PROD_DOMAIN']);
  });
});

describe('env reads through a prefix', () => {
  const GO_MOD = 'module example.com/app\n\ngo 1.22\n';

  it('name kelseyhightower/envconfig fields with the prefix, also through a constant of another package', async () => {
    expect(
      await readNames({
        'go.mod': GO_MOD,
        'pkg/version/version.go': 'package version\n\nconst APPNAME = "TODOAPI"\n',
        'internal/db/config.go':
          'package db\n\nimport (\n\t"github.com/kelseyhightower/envconfig"\n\t"example.com/app/pkg/version"\n)\n\ntype DbConfig struct {\n\tDbPath string\n\tPoolSize int `envconfig:"POOL" default:"4"`\n\tSendGridKey string `split_words:"true"`\n\tinternal string\n}\n\nfunc (d *DbConfig) Load() error {\n\treturn envconfig.Process(version.APPNAME, d)\n}\n',
        'cmd/main.go': 'package main\n\nimport "github.com/kelseyhightower/envconfig"\n\ntype Spec struct {\n\tPort string\n}\n\nfunc main() {\n\tvar s Spec\n\tenvconfig.MustProcess("", &s)\n}\n',
      }),
    ).toEqual(['PORT', 'TODOAPI_DBPATH', 'TODOAPI_POOL', 'TODOAPI_SEND_GRID_KEY']);
  });

  it('name caarlos0/env tags with the prefixes of envPrefix fields and Options.Prefix', async () => {
    expect(
      await readNames({
        'go.mod': GO_MOD,
        'config.go':
          'package config\n\nimport "github.com/caarlos0/env/v11"\n\ntype Database struct {\n\tHost string `env:"HOST"`\n\tPort int    `env:"PORT" envDefault:"5432"`\n}\n\ntype Config struct {\n\tSecret string   `env:"JWT_SECRET"`\n\tDB     Database `envPrefix:"DB_"`\n}\n\nfunc Load() (Config, error) {\n\tcfg := Config{}\n\terr := env.ParseWithOptions(&cfg, env.Options{Prefix: "APP_"})\n\treturn cfg, err\n}\n',
      }),
    ).toEqual(['APP_DB_HOST', 'APP_DB_PORT', 'APP_JWT_SECRET']);
  });

  it('name viper keys read through the environment with SetEnvPrefix', async () => {
    expect(
      await readNames({
        'go.mod': GO_MOD,
        'config.go':
          'package config\n\nimport (\n\t"strings"\n\t"github.com/spf13/viper"\n)\n\nfunc Load() {\n\tviper.SetEnvPrefix("shop")\n\tviper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))\n\tviper.AutomaticEnv()\n\tviper.SetDefault("server.port", 8080)\n\t_ = viper.BindEnv("token", "API_TOKEN")\n\tdsn := viper.GetString("db.dsn")\n\tport := viper.GetInt("server.port")\n}\n',
      }),
    ).toEqual(['API_TOKEN', 'SHOP_DB_DSN', 'SHOP_SERVER_PORT']);
  });

  it('name pydantic BaseSettings fields without a default with env_prefix, in model_config or class Config, aliases as written', async () => {
    expect(
      await readNames({
        'requirements.txt': 'fastapi\npydantic-settings\n',
        'app/config.py':
          'from pydantic import Field\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env")\n\n    database_url: str\n    debug: bool = False\n    token: str = Field(..., validation_alias="API_TOKEN")\n\n    def dsn(self) -> str:\n        return self.database_url\n\n\nclass Mail(BaseSettings):\n    host: str\n\n    class Config:\n        env_prefix = "MAIL_"\n',
      }),
    ).toEqual(['API_TOKEN', 'APP_DATABASE_URL', 'MAIL_HOST']);
  });
});

describe("env reads through the project's own helper", () => {
  it('are the literal names passed to a helper that reads its parameter, in Go, JavaScript and Python (TKSpectro/go-todo-api)', async () => {
    expect(
      await readNames({
        'go.mod': 'module example.com/app\n\ngo 1.22\n',
        'config/config.go':
          'package config\n\nimport "os"\n\nvar (\n\tPORT    = getEnv("PORT", "3000")\n\tDB_HOST = getEnv("DB_HOST", "localhost")\n\tSECRET  = getEnv("JWT_SECRET", "")\n)\n\nfunc getEnv(name string, fallback string) string {\n\tif value, exists := os.LookupEnv(name); exists {\n\t\treturn value\n\t}\n\treturn fallback\n}\n\nfunc describe(kind string) string {\n\treturn kind\n}\n\nvar label = describe("NOT_A_VARIABLE")\n',
        'package.json': '{ "dependencies": { "express": "^4" } }\n',
        'src/env.js': "const env = (key, fallback) => process.env[key] ?? fallback;\nexport const redisUrl = env('REDIS_URL');\n",
        'requirements.txt': 'flask\n',
        'app/settings.py': 'import os\n\n\ndef get_env(key, default=None):\n    return os.getenv(key, default)\n\n\nMAIL_HOST = get_env("MAIL_HOST", "localhost")\n',
      }),
    ).toEqual(['DB_HOST', 'JWT_SECRET', 'MAIL_HOST', 'PORT', 'REDIS_URL']);
  });
});
