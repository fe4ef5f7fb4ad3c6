async function avatar(url) {
  const res = await fetch(url);
  return res.json();
}

module.exports = { avatar };
