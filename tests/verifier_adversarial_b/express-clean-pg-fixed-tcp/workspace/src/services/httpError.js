class HttpError extends Error {
  constructor(status, key, message) {
    super(message);
    this.status = status;
    this.key = key;
  }
}
module.exports = HttpError;
