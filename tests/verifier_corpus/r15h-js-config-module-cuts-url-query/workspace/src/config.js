function connectionString(raw) {
  const [base] = raw.split('?');
  return `${base}?application_name=conduit`;
}

module.exports = { databaseUrl: connectionString(process.env.DATABASE_URL) };
