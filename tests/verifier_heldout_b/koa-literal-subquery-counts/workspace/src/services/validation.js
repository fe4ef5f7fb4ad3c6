'use strict';
// Request body validation: one 422 key per invalid field.
const { invalid } = require('./errors.js');

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;
const isBlank = (v) => typeof v !== 'string' || v.trim() === '';

function section(payload, name) {
  if (!payload || typeof payload !== 'object' || typeof payload[name] !== 'object' || payload[name] === null) {
    throw invalid({ body: [`expected a JSON object with "${name}"`] });
  }
  return payload[name];
}

function checkUser(data, creating) {
  const errors = {};
  if (creating || 'email' in data) {
    if (typeof data.email !== 'string' || data.email.length > 254 || !EMAIL.test(data.email)) errors.email = ['is invalid'];
  }
  if (creating || 'username' in data) {
    if (typeof data.username !== 'string' || !USERNAME.test(data.username)) errors.username = ['must be 3-32 letters, digits, _ or -'];
  }
  if (creating || 'password' in data) {
    if (typeof data.password !== 'string' || data.password.length < 8 || data.password.length > 72) errors.password = ['must be 8-72 characters'];
  }
  if (data.bio != null && (typeof data.bio !== 'string' || data.bio.length > 1000)) errors.bio = ['is too long'];
  if (data.image != null && data.image !== '' && (typeof data.image !== 'string' || data.image.length > 2000 || !/^https?:\/\//.test(data.image))) {
    errors.image = ['must be an http(s) URL'];
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return data;
}

function checkArticle(data, creating) {
  const errors = {};
  for (const [field, max] of [['title', 120], ['description', 255], ['body', 20000]]) {
    if (creating || field in data) {
      if (isBlank(data[field])) errors[field] = ["can't be blank"];
      else if (data[field].length > max) errors[field] = [`is too long (maximum is ${max})`];
    }
  }
  if (data.tagList != null) {
    const ok = Array.isArray(data.tagList) && data.tagList.length <= 10
      && data.tagList.every((t) => typeof t === 'string' && t.trim().length >= 1 && t.trim().length <= 32);
    if (!ok) errors.tagList = ['must be at most 10 tags of 1-32 characters'];
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return data;
}

function checkComment(data) {
  if (isBlank(data.body)) throw invalid({ body: ["can't be blank"] });
  if (data.body.length > 5000) throw invalid({ body: ['is too long (maximum is 5000)'] });
  return data;
}

module.exports = { section, checkUser, checkArticle, checkComment };
