import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { emptyManifest, type Dependency, type ManifestParser } from './types.js';

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** *.csproj: the SDK and PackageReference items. */
export const csproj: ManifestParser = {
  ecosystem: 'csharp',
  matches: (base) => base.endsWith('.csproj') || base === 'directory.packages.props',
  parse(file) {
    const valid = XMLValidator.validate(file.text);
    if (valid !== true) return emptyManifest({ message: `invalid XML: ${valid.err.msg}`, line: valid.err.line });
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: false }).parse(file.text);
    const project = xml?.Project ?? {};
    const dependencies: Dependency[] = [];
    const isTestProject = /test/i.test(file.path);
    for (const group of asArray<any>(project.ItemGroup)) {
      for (const ref of [...asArray<any>(group?.PackageReference), ...asArray<any>(group?.PackageVersion)]) {
        const name = ref?.['@Include'];
        if (typeof name === 'string') dependencies.push({ name, dev: isTestProject, line: file.findLine(`"${name}"`) });
      }
    }
    const attributes: Record<string, string> = {};
    if (typeof project['@Sdk'] === 'string') attributes.sdk = project['@Sdk'];
    for (const group of asArray<any>(project.PropertyGroup)) {
      if (group?.IsTestProject !== undefined) attributes.isTestProject = String(group.IsTestProject);
      if (group?.UserSecretsId !== undefined) attributes.userSecrets = 'true';
    }
    return { dependencies, scripts: {}, attributes };
  },
};
