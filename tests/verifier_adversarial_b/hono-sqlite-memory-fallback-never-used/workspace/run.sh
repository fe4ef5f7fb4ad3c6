#!/bin/sh
exec npm start --silent
