import React, { useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { fetchTags } from '../services/api.js';

function Home() {
  const [tags, setTags] = useState([]);
  useEffect(() => { fetchTags().then(setTags); }, []);
  return <ul>{tags.map((t) => <li key={t}>{t}</li>)}</ul>;
}

export function AppRoutes() {
  return <BrowserRouter><Routes><Route path="/" element={<Home />} /></Routes></BrowserRouter>;
}
