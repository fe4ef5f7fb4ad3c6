import React from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './routes/AppRoutes.jsx';

createRoot(document.getElementById('root')).render(<AppRoutes />);
