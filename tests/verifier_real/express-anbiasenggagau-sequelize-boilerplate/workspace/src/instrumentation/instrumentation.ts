// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/instrumentation/instrumentation.ts
import { NodeSDK } from "@opentelemetry/sdk-node"

import { getNodeAutoInstrumentations } from "@opentelemetry/auto-instrumentations-node"

import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto"

import dotenv from "dotenv"

const otlpExporter = new OTLPTraceExporter({
    url: process.env.TRACING_URI
})

const sdk = new NodeSDK({
    serviceName: process.env.SERVICE_NAME,
    traceExporter: otlpExporter,
    instrumentations: [getNodeAutoInstrumentations()],
})
