import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '../../images/image-check';

/** Base64 of a picture: a little over the size cap, so the main process can say "too large" in a sentence. */
export const MAX_IMAGE_BASE64 = Math.ceil((MAX_IMAGE_BYTES + 1024 * 1024) / 3) * 4;

export const AddedImage = z.object({
  /** The library-relative path to put in the image node's `src`. */
  src: z.string().min(1).max(500),
  type: z.enum(['png', 'jpeg', 'gif', 'webp']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The same bytes were already in the library: nothing new was written. */
  reused: z.boolean(),
});
export type AddedImage = z.infer<typeof AddedImage>;

/** Pictures copied into the library beside the articles (from a file chooser, a drop or a paste). */
export const assetsChannels = {
  'assets.add': {
    input: z.object({
      articleId: z.string().min(1).max(200),
      /** The name the picture had, to check its extension against its bytes and to name it in a refusal. */
      fileName: z.string().max(1000),
      data: z.string().max(MAX_IMAGE_BASE64, 'The picture is larger than 25 MB.').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The picture was not sent as base64.'),
    }),
    output: AddedImage,
  },
} as const;
