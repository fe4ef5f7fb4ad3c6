// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:esbuild.config.js
import { build } from 'esbuild'

import { readFileSync } from 'fs'

export const buildProduction = () =>
  build({
    ...baseConfig,
    minify: true,
    minifyWhitespace: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    keepNames: false,
    drop: ['console', 'debugger'],
    define: {
      'process.env.NODE_ENV': '"production"',
    },
  })

export const buildDevelopment = () =>
  build({
    ...baseConfig,
    minify: false,
    keepNames: true,
    define: {
      'process.env.NODE_ENV': '"development"',
    },
  })

export const buildWatch = () =>
  build({
    ...baseConfig,
    watch: {
      onRebuild(error, result) {
        if (error) console.error('watch build failed:', error)
        else console.log('watch build succeeded:', result)
      },
    },
    minify: false,
    keepNames: true,
    define: {
      'process.env.NODE_ENV': '"development"',
    },
  })

export const buildAnalyze = () =>
  build({
    ...baseConfig,
    minify: true,
    metafile: true,
    define: {
      'process.env.NODE_ENV': '"production"',
    },
  }).then(result => {
    if (result.metafile) {
      console.log('\n📊 Bundle Analysis:')
      console.log(`📦 Output size: ${(result.metafile.outputs['dist/index.js'].bytes / 1024).toFixed(2)} KB`)
      console.log('📋 Inputs:')
      Object.entries(result.metafile.inputs).forEach(([file, info]) => {
        console.log(`  ${file}: ${(info.bytes / 1024).toFixed(2)} KB`)
      })
    }
  })
