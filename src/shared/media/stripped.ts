/** What stripping an image's location gives back. */
export interface Stripped {
  /** The file without its location (and without anything after the image's end). */
  bytes: Uint8Array;
  /** True when metadata that carries or may carry a location (EXIF GPS, XMP) was taken out. */
  locationRemoved: boolean;
}
