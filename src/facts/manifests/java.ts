import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { emptyManifest, type Dependency, type ManifestParser } from './types.js';

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** pom.xml: dependencies, plugins and the parent (spring-boot-starter-parent). */
export const pomXml: ManifestParser = {
  ecosystem: 'java',
  matches: (base) => base === 'pom.xml',
  parse(file) {
    const valid = XMLValidator.validate(file.text);
    if (valid !== true) {
      return emptyManifest({ message: `invalid XML: ${valid.err.msg}`, line: valid.err.line });
    }
    const xml = new XMLParser({ ignoreAttributes: true, processEntities: false }).parse(file.text);
    const project = xml?.project ?? {};
    const dependencies: Dependency[] = [];
    const addDeps = (list: unknown) => {
      for (const d of asArray<any>(list as any)) {
        if (!d?.artifactId) continue;
        const name = `${d.groupId ?? ''}:${d.artifactId}`;
        dependencies.push({ name, dev: d.scope === 'test', line: file.findLine(`<artifactId>${d.artifactId}</artifactId>`) });
      }
    };
    addDeps(project.dependencies?.dependency);
    for (const profile of asArray<any>(project.profiles?.profile)) addDeps(profile?.dependencies?.dependency);
    for (const p of asArray<any>(project.build?.plugins?.plugin)) {
      if (p?.artifactId) dependencies.push({ name: `${p.groupId ?? 'org.apache.maven.plugins'}:${p.artifactId}`, dev: true, line: file.findLine(`<artifactId>${p.artifactId}</artifactId>`) });
    }
    const attributes: Record<string, string> = {};
    if (project.parent?.artifactId) attributes.parent = `${project.parent.groupId ?? ''}:${project.parent.artifactId}`;
    if (project.parent?.artifactId === 'spring-boot-starter-parent') {
      dependencies.push({ name: 'org.springframework.boot:spring-boot-starter-parent', dev: false, line: file.findLine('spring-boot-starter-parent') });
    }
    const license = asArray<any>(project.licenses?.license)[0]?.name;
    return { dependencies, scripts: {}, attributes, ...(typeof license === 'string' ? { license } : {}) };
  },
};

const GRADLE_DEP = /^\s*(implementation|api|compileOnly|runtimeOnly|annotationProcessor|developmentOnly|testImplementation|testRuntimeOnly|testCompileOnly|integrationTestImplementation|kapt|ksp)\s*\(?\s*(?:platform\()?\s*["']([^"':]+):([^"':]+)(?::[^"']*)?["']/gm;
const GRADLE_PLUGIN = /^\s*id\s*\(?\s*["']([^"']+)["']/gm;

/** build.gradle / build.gradle.kts: declarations read by pattern (Groovy and Kotlin DSLs are code). */
export const gradle: ManifestParser = {
  ecosystem: 'java',
  matches: (base) => base === 'build.gradle' || base === 'build.gradle.kts',
  parse(file) {
    const dependencies: Dependency[] = [];
    for (const m of file.text.matchAll(GRADLE_DEP)) {
      dependencies.push({ name: `${m[2]}:${m[3]}`, dev: m[1]!.startsWith('test') || m[1]!.startsWith('integrationTest'), line: file.lineAt(m.index!) });
    }
    for (const m of file.text.matchAll(GRADLE_PLUGIN)) {
      dependencies.push({ name: `plugin:${m[1]}`, dev: true, line: file.lineAt(m.index!) });
    }
    return { dependencies, scripts: {}, attributes: {} };
  },
};
