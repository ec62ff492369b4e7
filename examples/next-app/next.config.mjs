/** @type {import('next').NextConfig} */
export default {
  // This folder is the app's root (the repository around it has a lockfile of its own).
  turbopack: { root: import.meta.dirname },
};
