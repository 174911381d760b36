import { z } from 'zod';
import { HouseStyle } from '../../style/house-style';

/** The library's house style (`.copydesk/house-style.json`), read fresh each time; defaults and a sentence when it cannot be used. */
export const styleChannels = {
  'style.houseStyle': { input: z.object({}), output: z.object({ style: HouseStyle, problem: z.string().nullable() }) },
} as const;
