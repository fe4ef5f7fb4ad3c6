#!/bin/sh
set -e
npm start
