/**
 * The example request bodies of the provider documents, verbatim, so tests can send each one.
 */

/** xAI examples, by endpoint. */
export const XAI_EXAMPLES = {
  imageGeneration: {
    model: 'grok-imagine-image',
    prompt: 'A collage of London landmarks in a stenciled street-art style',
    n: 1,
    aspect_ratio: '16:9',
  },
  imageEdit: {
    model: 'grok-imagine-image',
    prompt: 'Change the landmarks to be New York City landmarks',
    image: { url: 'https://example.com/london.jpg', type: 'image_url' },
  },
  textToVideo: {
    model: 'grok-imagine-video',
    prompt: 'A beautiful sunset over the ocean',
    duration: 10,
    aspect_ratio: '16:9',
    resolution: '720p',
  },
  imageToVideo: {
    model: 'grok-imagine-video',
    prompt: 'Make the clouds move gently',
    image: { url: 'https://example.com/image.jpg' },
    duration: 10,
  },
  videoEdit: {
    model: 'grok-imagine-video',
    prompt: 'Add a warm sunset filter and slow down the motion',
    video_url: 'https://example.com/video.mp4',
  },
} as const;

/** Pixazo examples: model id, request path, body. */
export const PIXAZO_EXAMPLES = [
  {
    model: 'grok-imagine-api-641',
    path: 'grok-imagine-api-request',
    body: {
      prompt:
        'Abstract human silhouette, golden particles ready to burst outward representing joy, data visualization style, emotional expression through particles, artistic scientific',
      num_images: 1,
      aspect_ratio: '1:1',
      output_format: 'jpeg',
    },
  },
  {
    model: 'grok-imagine-video',
    path: 'grok-imagine-video-request',
    body: {
      prompt:
        'A golden sunset timelapse over a coastal city, waves crashing against the pier, seagulls flying, warm cinematic lighting, aerial drone perspective',
      duration: 6,
      aspect_ratio: '16:9',
      resolution: '720p',
    },
  },
  {
    model: 'grok-imagine-pro-text-to-image-quality',
    path: 'grok-imagine-pro-text-to-image-quality-request',
    body: {
      prompt:
        'Abstract human silhouette, golden particles ready to burst outward representing joy, data visualization style',
      num_images: 1,
      aspect_ratio: '1:1',
      resolution: '1k',
      output_format: 'jpeg',
    },
  },
  {
    model: 'grok-imagine-pro-edit-quality',
    path: 'grok-imagine-pro-edit-quality-request',
    body: {
      prompt: 'Make this scene more realistic but still keep the game vibes',
      image_urls: ['https://pub-582b7213209642b9b995c96c95a30381.r2.dev/Image.jpeg'],
      num_images: 1,
      aspect_ratio: 'auto',
      resolution: '1k',
      output_format: 'jpeg',
    },
  },
  {
    model: 'grok-imagine-video-text-to-video',
    path: 'grok-imagine-video-text-to-video-request',
    body: {
      prompt:
        'Anime schoolgirl bursting out of house door, cherry blossoms blowing, morning light, speed lines, vibrant colors',
      duration: 6,
      aspect_ratio: '16:9',
      resolution: '720p',
    },
  },
  {
    model: 'grok-imagine-video-image-to-video',
    path: 'grok-imagine-video-image-to-video-request',
    body: {
      prompt:
        'Medieval knight in ornate armor walking through a mystical forest, bioluminescent plants, over-the-shoulder camera, dark fantasy aesthetic',
      image_url: 'https://v3b.example.com/files/b/0a8b90e0/BFLE9VDlZqsryU-UA3BoD_image_004.png',
    },
  },
  {
    model: 'grok-imagine-video-edit-video',
    path: 'grok-imagine-video-edit-video-request',
    body: {
      prompt: 'Colorize the video',
      video_url: 'https://v3b.example.com/files/b/0a8b9112/V5Z_NIPE3ppMDWivNo6_q_video_019.mp4',
      resolution: 'auto',
    },
  },
  {
    model: 'grok-imagine-video-reference-to-video',
    path: 'grok-imagine-video-reference-to-video-request',
    body: {
      prompt: 'A @Image1 running through a sunlit meadow, cinematic slow motion',
      reference_image_urls: ['https://v3b.example.com/files/b/0a8b90e0/BFLE9VDlZqsryU-UA3BoD_image_004.png'],
      duration: 8,
      aspect_ratio: '16:9',
      resolution: '480p',
    },
  },
] as const;

/** Vydra examples. */
export const VYDRA_EXAMPLES = {
  video: {
    prompt: 'Slow dolly through a neon-drenched Tokyo alley with rain reflections, 4K cinematic',
    model: 'text-to-video',
  },
  image: { prompt: 'A majestic dragon flying over a neon-lit cyberpunk city', model: 'text-to-image' },
  curl: {
    prompt: 'Slow dolly through a neon-drenched Tokyo alley',
    model: 'text-to-video',
    aspect_ratio: '9:16',
    duration: 6,
  },
} as const;
