// A Stryker reporter plugin that appends each surviving (or uncovered) mutant to
// reports/mutation/survivors.txt (or STRYKER_SURVIVORS_FILE) as soon as it is tested, so that tests can be written while a
// long run goes on. Enabled in stryker.config.json ("survivors" reporter).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

const FILE = process.env.STRYKER_SURVIVORS_FILE ?? 'reports/mutation/survivors.txt';

class SurvivorsReporter {
  onDryRunCompleted() {
    mkdirSync(dirname(FILE), { recursive: true });
    writeFileSync(FILE, '');
  }

  onMutantTested(result) {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    const { fileName, location, mutatorName, replacement, status } = result;
    const where = `${fileName.replace(/^.*?src\//, 'src/')}:${location.start.line}:${location.start.column + 1}`;
    appendFileSync(FILE, `${where}\t${status}\t${mutatorName}\t${JSON.stringify(replacement ?? '')}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'survivors', SurvivorsReporter)];
