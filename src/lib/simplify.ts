import * as OpenCC from 'opencc-js/t2cn';

/** Traditional Chinese to simplified, with OpenCC's dictionaries (虎頭岩 → 虎头岩). */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });
