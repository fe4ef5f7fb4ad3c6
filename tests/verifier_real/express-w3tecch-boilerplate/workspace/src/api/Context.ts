// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/Context.ts
import express from 'express';

import { ContainerInstance } from 'typedi';
