import { createRoot } from 'react-dom/client';
import Home from './routes/Home.jsx';

createRoot(document.getElementById('root')).render(<Home />);
